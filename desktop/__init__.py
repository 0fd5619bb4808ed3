"""Cabang: the desktop back office of a BPJS Ketenagakerjaan branch office."""


def __getattr__(name: str) -> str:
    # `__version__` on demand: importlib.metadata costs a tenth of a second at every start otherwise.
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("cabang")
    except PackageNotFoundError:  # running from a source tree that was never installed (frozen build)
        value = "0.1.0"
    globals()["__version__"] = value
    return value
