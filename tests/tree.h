/* Included in every test by the Makefile. The tests read files by their
 * paths in the tree (routines/, tests/data/, tests/fuzz/), so a test binary
 * run from anywhere, as build/tests/test_history or from its folder, goes to
 * the tree first rather than failing on a file it cannot find. */
#ifndef UNKNOT_TEST_TREE_H
#define UNKNOT_TEST_TREE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

__attribute__((constructor)) static void go_to_tree(void)
{
	if (chdir(UNKNOT_TREE) != 0) {
		perror(UNKNOT_TREE);
		exit(2);
	}
}

#endif
