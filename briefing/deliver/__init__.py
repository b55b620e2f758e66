"""Stage 6, delivery: a built brief -> one email, and the daily run that ties it all.

Input: the brief written under output/<date>/ and the smtp settings. Output: an email
sent exactly once per date (mail.py); operate.py is `briefing run`: lock, ingest, build,
send.
"""
