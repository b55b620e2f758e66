"""Stage 0, configuration: config/*.yaml -> validated, frozen settings.

Input: the YAML files an editor changes. Output: `Config` (settings.py: actors and the
brief's settings) and the daily-operation settings (operations.py: store, smtp, sources),
or a ConfigError with one `file:line:col: key: problem` line per problem. yamlpos.py
parses with positions; checker.py is the typed-read machinery both use.
"""
