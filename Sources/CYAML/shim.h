#ifndef LAUNCHPLAN_CYAML_SHIM_H
#define LAUNCHPLAN_CYAML_SHIM_H
#include <yaml.h>
#endif
