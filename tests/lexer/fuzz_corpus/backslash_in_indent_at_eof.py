if 1:
  \
