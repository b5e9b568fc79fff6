program Main;
var
  n: Integer;
begin
  n := 3;
  writeln(n + count);
end.
