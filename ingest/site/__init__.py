"""The warehouse as a static site (`budgetwh site`): documents with their facts beside their source
text, contradictions marked, comparisons with charts; opens from disk, without a network."""

from ingest.site.assets import MissingAsset
from ingest.site.builder import SiteError, SiteSummary, build_site

__all__ = ["MissingAsset", "SiteError", "SiteSummary", "build_site"]
