package io.rampart.notification.internal;

/** The plain-text subject and body of one kind of notice, with {@code {name}} placeholders. */
record NoticeTemplate(String subject, String body) {}
