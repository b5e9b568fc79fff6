local values = {1, 2, 3}
for _, v in ipairs(values) do
  print(v +)
end
