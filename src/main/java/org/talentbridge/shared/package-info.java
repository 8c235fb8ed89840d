/**
 * The shared kernel: embedded PostgreSQL, i18n, the engine's hardening, the API's input guard, audit trail, validation,
 * policy vocabulary, shared screen parts. Every module may use all of it (an open module); it depends on no other module
 * (ArchitectureTest, ModuleBordersTest).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.talentbridge.shared;
