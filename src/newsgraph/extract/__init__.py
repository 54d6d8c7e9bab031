"""Doc -> records. One module per extractor; see `registry` for how they plug in."""

from newsgraph.extract.registry import Context, ExtractorSpec, extractor, plan, registered

__all__ = ["Context", "ExtractorSpec", "extractor", "plan", "registered"]
