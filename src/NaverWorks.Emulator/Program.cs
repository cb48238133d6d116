// Replaced by the emulator host (see issue 2).
return 0;
