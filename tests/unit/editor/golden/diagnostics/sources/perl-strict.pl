use strict;
use warnings;

my @values = (1, 2, 3);
my $sum = 0;
$sum += $_ for @values;
print $sum + $offset, "\n";
