"""Cabang: the desktop back office of a BPJS Ketenagakerjaan branch office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cabang")
except PackageNotFoundError:  # running from a source tree that was never installed (frozen build)
    __version__ = "0.1.0"
