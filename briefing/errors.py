"""The project's exceptions; cli.py alone turns them into messages and exit codes.

Exit codes (documented in README and `briefing --help`):
  0  success
  1  a failure not covered below (including a permanent SMTP refusal)
  2  bad input or configuration found by `build`/`check` (usage errors too)
  73 the output could not be written (sysexits EX_CANTCREAT)
  75 a temporary failure worth retrying later (sysexits EX_TEMPFAIL): SMTP down, lock held
  78 bad configuration for `run` (sysexits EX_CONFIG)
"""

from __future__ import annotations

import re

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_INPUT = 2
EXIT_CANTCREAT = 73
EXIT_TEMPFAIL = 75
EXIT_CONFIG = 78


class BriefingError(Exception):
    """Base of every error the CLI reports as a one-line message."""

    exit_code = EXIT_FAILURE


class ConfigError(BriefingError):
    """The configuration is invalid; `problems` holds one line per problem."""

    exit_code = EXIT_INPUT

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class InputError(BriefingError):
    """An article or other input could not be used (raised under --strict)."""

    exit_code = EXIT_INPUT


class OutputError(BriefingError):
    """An output file could not be written."""

    exit_code = EXIT_CANTCREAT


class StoreError(BriefingError):
    """The article store is unreadable, corrupt or of an unknown schema."""

    exit_code = EXIT_FAILURE


class TemporaryFailure(BriefingError):
    """A failure worth retrying later (network down, SMTP 4xx, lock held)."""

    exit_code = EXIT_TEMPFAIL


class EmptyWindow(TemporaryFailure):
    """`briefing run`: the sources answered, but none had an article dated in the window."""


class LockHeld(TemporaryFailure):
    """Another `briefing run` holds the lock."""


class DeadlinePassed(TemporaryFailure):
    """The run took longer than its run_deadline; the message names the step that was slow."""


class SendError(BriefingError):
    """A permanent failure to send mail (SMTP 5xx)."""

    exit_code = EXIT_FAILURE


# Characters that would let a message (a file name, a server's answer) break its line or
# the log: line breaks and other controls, lone surrogates (a file name that is not UTF-8,
# which no file can encode), and bidi controls that reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")


def one_line(text: str) -> str:
    """Return `text` with every unsafe character as a Python escape (\\n, \\udcff)."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
