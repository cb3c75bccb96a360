"""The warehouse as a static site (`budgetwh site`): documents with their facts beside their source
text, contradictions marked, comparisons with charts; opens from disk, without a network."""

from budgetwh.site.assets import MissingAsset
from budgetwh.site.builder import SiteError, SiteSummary, build_site

__all__ = ["MissingAsset", "SiteError", "SiteSummary", "build_site"]
