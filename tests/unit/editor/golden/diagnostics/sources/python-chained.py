def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}")


print(lookup({"a": 1}, "b"))
