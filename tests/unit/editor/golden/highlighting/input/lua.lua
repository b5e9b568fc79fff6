-- 피보나치 🐇
local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

--[[ 여러 줄
     주석 ]]
local name = io.read("l") or "세계"
for i = 1, 10 do
  print(i, fib(i), 'ok', 0x1F, nil, true)
end
print("Hello, " .. name .. "! 🌙")
