local function parse(line)
  return tonumber(line) + offset
end

local function total(lines)
  local sum = 0
  for _, l in ipairs(lines) do sum = sum + parse(l) end
  return sum
end

print("start")
print(total({"1", "2"}))
