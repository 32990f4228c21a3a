using System.Runtime.CompilerServices;

// The parsers normalise text into stackalloc buffers that they fill before reading; zeroing them first is wasted work.
[module: SkipLocalsInit]
