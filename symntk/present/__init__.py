"""The classroom step-through page (``symntk present``)."""

from .page import present
from .slides import Slide, slides

__all__ = ["present", "Slide", "slides"]
