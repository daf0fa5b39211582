#ifndef PROVER_CGMP_SHIM_H
#define PROVER_CGMP_SHIM_H
#include <gmp.h>
#endif
