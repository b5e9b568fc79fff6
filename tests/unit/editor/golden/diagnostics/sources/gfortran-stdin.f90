program main
  implicit none
  integer :: n, m
  read *, n
  read *, m
  print *, n + m
end program main
