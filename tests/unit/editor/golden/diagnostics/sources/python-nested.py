def parse(s):
    return int(s) + offset

def total(items):
    return sum(parse(x) for x in items)

print(total(["1", "2"]))
