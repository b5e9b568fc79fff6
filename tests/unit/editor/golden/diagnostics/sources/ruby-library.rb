require 'json'

def load(text)
  JSON.parse(text)
end

config = load("{'size': 3}")
puts config['size']
