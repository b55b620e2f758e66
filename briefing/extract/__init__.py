"""Stage 2, extraction: one article -> its statements, each with a speaker and an actor.

Input: an `Article` and the compiled actor matcher. Output: `Statement` values with
character spans. text.py splits paragraphs and sentences; quotes.py pairs quotation marks;
cues.py and phrases.py hold the vocabulary and read the phrases around a cue; direct.py
(quoted passages) and reported.py (reported speech) make statements by the rules that
rules.py lists (each named by found.py's `Rule`, with its kind and an example);
attribution.py gives each a speaker and an actor through matcher.py; statements.py runs
them in order for one article, parallel.py over many; records.py is the `briefing
extract` JSON value.
"""
