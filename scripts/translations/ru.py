TRANSLATIONS: dict[str, str | list[str]] = {}
