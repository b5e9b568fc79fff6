program main
  implicit none
  integer :: n
  n = 3
  print *, n + count
end program main
