package io.rampart.server.risk;

import io.rampart.risk.Profile;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The changed profiles a shard hands its writer, copied at one moment into buffers the shard reuses
 * for every write: the shard goes on changing its profiles in place while the write is in flight,
 * and a write of thousands of profiles leaves no thousands of objects behind to survive collections
 * while it lasts. {@link #get} makes each {@link StoredProfile} (with its own copy of the bytes)
 * only when the store asks for it.
 *
 * <p>Filled and cleared by the shard's thread, read by the writer's, never both at once: a shard
 * takes its next snapshot only once the write of the last one has finished.
 */
final class ProfileSnapshot extends AbstractList<StoredProfile> {
  /** Buffers kept beyond this many times what a write used are let go. */
  private static final int SHRINK_FACTOR = 4;

  private SubjectId[] accounts = new SubjectId[16];
  private long[] seqs = new long[16];
  private byte[] bytes = new byte[16 * Profile.BYTES];
  private int[] order;
  private int size;

  /** Adds a copy of {@code slot} (a {@link Profile#BYTES}-byte profile) as {@code account}'s. */
  void add(SubjectId account, long appliedSeq, byte[] slot) {
    if (slot.length != Profile.BYTES) {
      throw new IllegalArgumentException("not a profile slot: " + slot.length + " bytes");
    }
    if (size == accounts.length) {
      grow(size + (size >> 1));
    }
    accounts[size] = account;
    seqs[size] = appliedSeq;
    System.arraycopy(slot, 0, bytes, size * Profile.BYTES, Profile.BYTES);
    size++;
  }

  /** Empties it for the next snapshot, letting go of buffers far larger than the last one used. */
  void reset() {
    int used = size;
    Arrays.fill(accounts, 0, size, null);
    size = 0;
    order = null;
    if (accounts.length > 16 && accounts.length > SHRINK_FACTOR * used) {
      accounts = new SubjectId[16];
      seqs = new long[16];
      bytes = new byte[16 * Profile.BYTES];
    }
  }

  /** Orders the profiles by account, the order in which a store locks their rows. */
  void sortByAccount() {
    order =
        IntStream.range(0, size)
            .boxed()
            .sorted(Comparator.comparing(i -> accounts[i].value()))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  SubjectId account(int i) {
    return accounts[at(i)];
  }

  long appliedSeq(int i) {
    return seqs[at(i)];
  }

  @Override
  public StoredProfile get(int i) {
    int at = at(i);
    int from = at * Profile.BYTES;
    return new StoredProfile(
        accounts[at], seqs[at], Arrays.copyOfRange(bytes, from, from + Profile.BYTES));
  }

  @Override
  public int size() {
    return size;
  }

  private int at(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return order == null ? i : order[i];
  }

  private void grow(int capacity) {
    accounts = Arrays.copyOf(accounts, capacity);
    seqs = Arrays.copyOf(seqs, capacity);
    bytes = Arrays.copyOf(bytes, capacity * Profile.BYTES);
  }
}
