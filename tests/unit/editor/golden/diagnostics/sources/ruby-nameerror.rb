def parse(line)
  Integer(line) + offset
end

def total(lines)
  lines.map { |l| parse(l) }.sum
end

puts "start"
puts total(%w[1 2])
