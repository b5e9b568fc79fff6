# 단어 빈도 📊
class Counter
  attr_reader :counts

  def initialize
    @counts = Hash.new(0)
  end

  def add(word)
    @counts[word.downcase] += 1 unless word.empty?
  end
end

counter = Counter.new
STDIN.read.split.each { |w| counter.add(w) }
counter.counts.sort_by { |_, n| -n }.each do |word, n|
  puts "#{word}: #{n} ✔"
end
puts :done, 42, 3.5, nil
