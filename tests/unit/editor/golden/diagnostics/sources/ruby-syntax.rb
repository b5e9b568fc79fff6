def total(values)
  values.each do |v|
    puts v
end

total([1, 2])
