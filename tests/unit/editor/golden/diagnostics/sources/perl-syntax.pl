use strict;
use warnings;

my @values = (1, 2, 3);
for my $v (@values) {
    print $v +;
}
