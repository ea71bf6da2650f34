## tui: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.
