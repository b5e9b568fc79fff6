#!/bin/bash
# 이름을 읽고 인사 👋
read -r name
if [ -z "$name" ]; then
    name="세계"
fi
for i in 1 2 3; do
    echo "Hello, ${name} #$i!"
done
count=$(wc -l < /etc/hostname)
cat <<END
here document 🌱
END
exit 0
