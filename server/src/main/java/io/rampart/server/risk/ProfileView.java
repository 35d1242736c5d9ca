package io.rampart.server.risk;

import io.rampart.risk.Profile;
import io.rampart.risk.SubjectId;

/** An account's profile and how many of its events it includes. */
public record ProfileView(SubjectId account, long appliedSeq, Profile profile) {}
