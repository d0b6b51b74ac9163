//! The comparison view: 2 to 5 companies side by side. (Filled in by the compare work.)
