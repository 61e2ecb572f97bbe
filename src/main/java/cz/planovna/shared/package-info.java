/**
 * Small value types and web helpers used by every module: formatting, Czech collation, error
 * pages, layout model. No domain logic lives here.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cz.planovna.shared;
