program main
  implicit none
  integer :: n
  character(len=8) :: s
  s = 'abc'
  read (s, '(I8)') n
  print *, n
end program main
