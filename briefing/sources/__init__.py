"""Stage 1, the edge in: sources -> articles.

Input: article folders, RSS/Atom feeds and web pages (config/sources.yaml). Output:
`Article` values (files.py reads folders; feeds.py, pages.py and http.py fetch over HTTP)
and the SQLite article store (store.py) that ingest.py fills for daily operation.
"""
