# unknot — build, test, install. `make help` lists the targets.
VERSION   := 0.1.0
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share
MANDIR    ?= $(PREFIX)/share/man
DESTDIR   ?=
BUILD     ?= build

CC        ?= cc
CFLAGS    ?= -O2 -g
# libcanberra is loaded with dlopen() when sound is first wanted
# (src/canberra_lib.c): its header is needed here, not its library.
PKGS      := ncursesw yaml-0.1
PKG_CONFIG ?= pkg-config
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) libcanberra 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
# WERROR= for a packager whose newer compiler warns of what this one does not
WERROR    ?= -Werror
WARN      := -std=c17 -Wall -Wextra $(WERROR) -Wshadow -Wstrict-prototypes \
             -Wmissing-prototypes -Wformat=2 -Wvla -Wno-unused-parameter
DEFS      := -D_GNU_SOURCE -DUNKNOT_VERSION='"$(VERSION)"' \
             -DUNKNOT_DATADIR='"$(DATADIR)/unknot"'
# CPPFLAGS too: Debian's dpkg-buildflags puts -D_FORTIFY_SOURCE=2 there.
ALL_CFLAGS = $(WARN) $(DEFS) $(PKG_CFLAGS) -Isrc $(CPPFLAGS) $(CFLAGS) $(EXTRA_CFLAGS)
ALL_LDLIBS = $(LDLIBS) $(PKG_LIBS)

SRC       := $(filter-out src/main.c,$(wildcard src/*.c))
OBJ       := $(SRC:src/%.c=$(BUILD)/obj/%.o)
LIB       := $(BUILD)/libunknot.a
BIN       := $(BUILD)/unknot
TEST_SRC  := $(wildcard tests/test_*.c)
TESTS     := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)

# This tree, for make -f from elsewhere: what uninstall removes is named here.
TREE      := $(dir $(firstword $(MAKEFILE_LIST)))

.PHONY: all run check unit tests-bin fuzz install uninstall clean help FORCE
all: $(BIN)

# Objects, the program and the tests depend on the compiler and the flags
# they were built with (PREFIX is one of them), so `make PREFIX=/usr`,
# `make CC=clang` or another LDFLAGS after `make` rebuilds what it must.
# The file is written by its rule, only when the flags are not those in it,
# and only by a target that builds: `make help`, `make -n` or `sudo make
# uninstall` leave no build/ behind.
FLAGS_NOW := $(CC) | $(ALL_CFLAGS) | $(LDFLAGS) | $(ALL_LDLIBS)
ifneq ($(FLAGS_NOW),$(file <$(BUILD)/flags))
$(BUILD)/flags: FORCE
endif
# Without the libraries, pkg-config's own words, not pages of the linker's.
$(BUILD)/flags:
	@$(PKG_CONFIG) --print-errors --exists $(PKGS) libcanberra || \
		{ echo "missing libraries: scripts/install-deps installs them" >&2; exit 1; }
	@mkdir -p $(@D)
	@printf '%s\n' '$(subst ','\'',$(FLAGS_NOW))' >$@
FORCE:

# -MP: a header removed (by a pull) is no rule missing, the .c is rebuilt.
$(BUILD)/obj/%.o: src/%.c $(BUILD)/flags | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(LIB): $(OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(LIB) $(BUILD)/flags
	$(CC) $(CFLAGS) $(EXTRA_CFLAGS) $(LDFLAGS) -o $@ $(BUILD)/obj/main.o $(LIB) $(ALL_LDLIBS)

# tree.h takes each test to this tree, wherever it is run from.
$(BUILD)/tests/%: tests/%.c tests/*.h $(LIB) $(BUILD)/flags | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Itests -DUNKNOT_TREE='"$(CURDIR)"' -include tree.h $(LDFLAGS) \
		-o $@ $< $(LIB) $(ALL_LDLIBS) -lcmocka

$(BUILD)/obj $(BUILD)/tests:
	mkdir -p $@

## run: build and start the coach on the bundled routines (options in
##   ARGS: make run ARGS="--plain feet")
# The program finds them by itself only when BUILD is a directory of this
# one; make hands the path over, with no shell to split it at a space.
run: export UNKNOT_DATA_DIR := $(CURDIR)
run: $(BIN)
	$(BIN) $(ARGS)

## check: build and run every test (unit, end-to-end, ASan+UBSan, valgrind)
check: $(BIN) $(TESTS)
	BUILD=$(BUILD) tests/run

## unit: only the cmocka tests
unit: $(TESTS)
	BUILD=$(BUILD) tests/run --unit

## tests-bin: build the cmocka tests without running them; one runs
##   alone as build/tests/test_NAME, an end-to-end script after `make` as
##   bash tests/e2e/NAME.sh
tests-bin: $(TESTS)

## install: the program, the routines, the presets and the man page under
##   PREFIX (default /usr/local; DESTDIR for a staged install)
# The paths in quotes: a space in DESTDIR or PREFIX ("/tmp/stage y") made
# two, and uninstall removed a file named by the first.
install: $(BIN)
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(DATADIR)/unknot/routines" \
	           "$(DESTDIR)$(DATADIR)/unknot/presets" "$(DESTDIR)$(MANDIR)/man1"
	install -m 755 $(BIN) "$(DESTDIR)$(BINDIR)/unknot"
	DESTDIR="$(DESTDIR)" $(TREE)scripts/install-data install "$(DESTDIR)$(DATADIR)/unknot/routines" routines/*.yaml
	DESTDIR="$(DESTDIR)" $(TREE)scripts/install-data install "$(DESTDIR)$(DATADIR)/unknot/presets" presets/*.yaml
	sed -e 's|^\.I PREFIX/share/unknot/|.I $(DATADIR)/unknot/|' \
	    -e '/^\.\\" prefix-begin/,/^\.\\" prefix-end$$/d' \
	    man/unknot.1 >"$(DESTDIR)$(MANDIR)/man1/unknot.1"
	chmod 644 "$(DESTDIR)$(MANDIR)/man1/unknot.1"

## uninstall: remove what install put there (its directories only when left
##   empty). With PREFIX=~/.local your own routines stay, and so does a
##   routine of the same name that you changed: install puts the new one
##   beside it as NAME.yaml.new
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/unknot" "$(DESTDIR)$(MANDIR)/man1/unknot.1"
	$(TREE)scripts/install-data uninstall "$(DESTDIR)$(DATADIR)/unknot/routines" \
		$(wildcard $(TREE)routines/*.yaml)
	$(TREE)scripts/install-data uninstall "$(DESTDIR)$(DATADIR)/unknot/presets" \
		$(wildcard $(TREE)presets/*.yaml)
	rmdir "$(DESTDIR)$(DATADIR)/unknot/routines" "$(DESTDIR)$(DATADIR)/unknot/presets" \
	       "$(DESTDIR)$(DATADIR)/unknot" 2>/dev/null || true

## clean: remove the builds
clean:
	rm -rf $(BUILD) build-asan build-clang build-fuzz-*

help:
	@sed -n 's/^## //p' $(firstword $(MAKEFILE_LIST))

-include $(wildcard $(BUILD)/obj/*.d)

## fuzz: run a fuzzer: the routine loader, or with FUZZ_TARGET=history the
##   history's reader and report, or with FUZZ_TARGET=plain line mode's input
##   (FUZZ_TIME seconds, default 60)
# FUZZ_SANITIZE=leak runs about six times faster than ASan and still finds
# leaks (clang 14 will not link leak with undefined here).
FUZZ_TIME ?= 60
FUZZ_TARGET ?= routine
FUZZ_SANITIZE ?= address,undefined
comma     := ,
FUZZ_DIR  := build-fuzz-$(subst $(comma),-,$(FUZZ_SANITIZE))
FUZZ_SAN  := -fsanitize=fuzzer,$(FUZZ_SANITIZE) -fno-sanitize-recover=all
# The routine fuzzer's corpus and crashers keep the names they had alone.
FUZZ_NAME := $(if $(filter routine,$(FUZZ_TARGET)),,-$(FUZZ_TARGET))
fuzz:
	$(MAKE) --no-print-directory BUILD=$(FUZZ_DIR) CC=clang CFLAGS="-O1 -g" \
		EXTRA_CFLAGS="-fsanitize=fuzzer-no-link,$(FUZZ_SANITIZE)" $(FUZZ_DIR)/libunknot.a
	clang $(ALL_CFLAGS) -O1 -g $(FUZZ_SAN) -o $(FUZZ_DIR)/fuzz_$(FUZZ_TARGET) \
		tests/fuzz/fuzz_$(FUZZ_TARGET).c $(FUZZ_DIR)/libunknot.a $(ALL_LDLIBS)
	mkdir -p $(FUZZ_DIR)/corpus$(FUZZ_NAME) tests/fuzz/crashers$(FUZZ_NAME)
	tests/fuzz/seed $(FUZZ_DIR)/corpus$(FUZZ_NAME) $(FUZZ_TARGET)
	@# What it finds lands where make check replays it.
	$(FUZZ_DIR)/fuzz_$(FUZZ_TARGET) -max_total_time=$(FUZZ_TIME) -max_len=16384 \
		-artifact_prefix=tests/fuzz/crashers$(FUZZ_NAME)/ \
		-timeout=5 -rss_limit_mb=1024 $(addprefix -dict=,$(wildcard tests/fuzz/$(FUZZ_TARGET).dict)) \
		$(FUZZ_ARGS) $(FUZZ_DIR)/corpus$(FUZZ_NAME) $(wildcard tests/fuzz/crashers$(FUZZ_NAME))
