"""One exception tree; one table maps each error to a CLI exit code and an HTTP status."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose. `code` is stable: tests match on it."""

    code = "E000"
    exit_code = 1
    http_status = 500

    def __init__(self, message: str, *, input: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.input = input

    def __str__(self) -> str:
        where = f"{self.input}: " if self.input else ""
        return f"{where}{self.message} [{self.code}]"

    def __reduce__(self) -> tuple[object, ...]:
        # Keep `input` when the error crosses a process boundary (worker processes).
        return (_rebuild, (type(self), self.message, self.input))


class UsageError(NewsgraphError):
    """The call itself is wrong: a missing file, an unknown format."""

    code = "E001"
    exit_code = 2
    http_status = 400


class InputError(NewsgraphError):
    """One input item cannot be read; the batch goes on."""

    code = "E100"
    http_status = 422


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class TooLarge(InputError):
    code = "E104"
    http_status = 413


class MalformedInput(InputError):
    """Broken HTML, feed or JSON that cannot be repaired."""

    code = "E105"


class NoText(InputError):
    """The input parsed, but no article text was found in it."""

    code = "E106"


class FetchError(InputError):
    code = "E107"
    http_status = 502


class DuplicateId(InputError):
    """An article id that another input of the same batch already used for another text:
    the first is kept, this one is not stored."""

    code = "E108"
    http_status = 409


class ModelMissing(NewsgraphError):
    """The spaCy model named in the settings is not installed."""

    code = "E200"
    exit_code = 3


class ExtractorError(NewsgraphError):
    """An extractor failed on one article (a bug): that article becomes an error record."""

    code = "E300"


class RegistryError(NewsgraphError):
    """Extractors whose needs cannot be met, or a name registered twice."""

    code = "E301"


class StoreError(NewsgraphError):
    code = "E400"
    exit_code = 4
    http_status = 503


class NotFound(NewsgraphError):
    code = "E404"
    http_status = 404


# code -> (exit code, HTTP status); docs and front ends read this one table.
ERROR_TABLE: dict[str, tuple[int, int]] = {
    cls.code: (cls.exit_code, cls.http_status)
    for cls in (
        NewsgraphError,
        UsageError,
        InputError,
        EmptyInput,
        BinaryInput,
        EncodingError,
        TooLarge,
        MalformedInput,
        NoText,
        FetchError,
        DuplicateId,
        ModelMissing,
        ExtractorError,
        RegistryError,
        StoreError,
        NotFound,
    )
}


def _rebuild(cls: type[NewsgraphError], message: str, input: str | None) -> NewsgraphError:
    return cls(message, input=input)
