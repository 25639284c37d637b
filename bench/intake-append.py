#!/usr/bin/env python3
"""Puts N synthetic emails into an IMAP mailbox with APPEND, as a mail server delivers them (bench/intake.sh).
Usage: intake-append.py PORT USER PASSWORD COUNT. Deterministic content; about one in five has a small PDF attachment."""
import imaplib
import sys
import time
from email.message import EmailMessage

port, user, password, count = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
imap = imaplib.IMAP4("127.0.0.1", port)
imap.login(user, password)
start = time.time()
for i in range(count):
    message = EmailMessage()
    message["From"] = f"Bench Sender {i} <sender{i}@example.org>"
    message["To"] = "FOI <foi@foiportal.test>"
    message["Subject"] = f"Freedom of information request {i}: knife crime figures"
    message["Message-ID"] = f"<bench-intake-{i}@example.org>"
    message["Date"] = "Mon, 30 Nov 2026 10:00:00 +0000"
    message.set_content(
        "Dear FOI team,\n\nPlease provide:\n1. The number of knife crime offences recorded in each year from 2022 to 2025.\n"
        "2. How many of them led to a charge.\n\nYours faithfully,\nBench Sender " + str(i) + "\n")
    if i % 5 == 0:
        message.add_attachment(b"%PDF-1.7\n" + b"0" * 20000, maintype="application", subtype="pdf", filename=f"letter{i}.pdf")
    imap.append("INBOX", None, None, message.as_bytes())
imap.logout()
print(f"Appended {count} messages in {time.time() - start:.1f} s")
