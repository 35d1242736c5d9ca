package io.rampart.ipintel.internal;

import io.rampart.ipintel.IpDataKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What tells one version of a data file from the next: its identity on disk (replacing a file by
 * renaming another over it changes it), size and modification time. A missing file has size -1.
 */
public record FileStamp(IpDataKind kind, Path path, Object fileKey, long size, FileTime modified) {
  public static FileStamp of(IpDataKind kind, Path path) {
    try {
      var attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return new FileStamp(
          kind, path, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
    } catch (IOException e) {
      return new FileStamp(kind, path, null, -1, null);
    }
  }
}
