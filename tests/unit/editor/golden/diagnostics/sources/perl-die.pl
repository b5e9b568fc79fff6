use strict;
use warnings;

sub ratio {
    my ($a, $b) = @_;
    return $a / $b;
}

my $x;
print "value: " . $x . "\n";
print ratio(4, 0), "\n";
