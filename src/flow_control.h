/* Ctrl-S on a terminal stops its output (XON/XOFF flow control), and a
 * program writing to it then waits until Ctrl-Q: an x typed meanwhile
 * would go unread, a stop unsaid and unkept. unknot turns it off while it
 * runs, in line mode as on the screen. */
#ifndef UNKNOT_FLOW_CONTROL_H
#define UNKNOT_FLOW_CONTROL_H

#include <stdbool.h>

/* Turns Ctrl-S's stop off on the terminal fd; false if fd is none. With
 * keep, what was there is kept for flow_control_restore. */
bool flow_control_off(int fd, bool keep);
/* Turns it off again on the terminal flow_control_off kept, if any: back
 * after Ctrl-Z and fg, the shell has set its own modes. */
void flow_control_again(void);
/* Puts back what flow_control_off kept, once; safe to call again, and
 * from atexit. */
void flow_control_restore(void);

#endif
