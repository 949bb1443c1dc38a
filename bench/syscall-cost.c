/*
 * What a system call costs on this machine, what it costs the code after
 * it (a kernel that flushes the TLB on every entry, as with PTI and no
 * PCID, makes the next page reads slower), and a round trip between two
 * processes over pipes (two system calls and a switch each way). A
 * diagnostic for BENCHMARKS.md ("The machine"); nothing builds or runs it
 * by itself:
 *
 *   gcc -O2 -o /tmp/syscall-cost bench/syscall-cost.c
 *   taskset -c 0 /tmp/syscall-cost   # both processes on one core
 *   /tmp/syscall-cost                # wherever the scheduler puts them
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(void) {
    const int calls = 2000000, rounds = 20000;
    const size_t size = 4 << 20, stride = 4096 * 8; /* 128 pages of 4 MiB */
    volatile long sum = 0;
    char *mem = malloc(size);
    if (!mem) return 1;
    for (size_t i = 0; i < size; i += 4096) mem[i] = 1;

    double t0 = now_ns();
    for (int i = 0; i < calls; i++) syscall(SYS_getppid);
    printf("getppid: %.0f ns a call\n", (now_ns() - t0) / calls);

    t0 = now_ns();
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < size; i += stride) sum += mem[i];
    printf("128 pages read: %.0f ns\n", (now_ns() - t0) / rounds);

    t0 = now_ns();
    for (int r = 0; r < rounds; r++) {
        syscall(SYS_getppid);
        for (size_t i = 0; i < size; i += stride) sum += mem[i];
    }
    printf("getppid, then 128 pages read: %.0f ns\n", (now_ns() - t0) / rounds);
    free(mem);

    const int trips = 100000;
    int there[2], back[2];
    char byte = 0;
    if (pipe(there) || pipe(back)) return 1;
    if (fork() == 0) {
        for (int i = 0; i < trips; i++)
            if (read(there[0], &byte, 1) != 1 || write(back[1], &byte, 1) != 1) _exit(1);
        _exit(0);
    }
    t0 = now_ns();
    for (int i = 0; i < trips; i++)
        if (write(there[1], &byte, 1) != 1 || read(back[0], &byte, 1) != 1) return 1;
    printf("pipe round trip between two processes: %.0f ns\n", (now_ns() - t0) / trips);
    wait(NULL);
    return 0;
}
