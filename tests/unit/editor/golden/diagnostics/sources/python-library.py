import json


def load(text):
    return json.loads(text)


def main():
    config = load("{'size': 3}")
    print(config["size"])


main()
