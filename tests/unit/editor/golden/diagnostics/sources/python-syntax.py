def main():
    values = [1, 2, 3]
    for v in values
        print(v)

main()
