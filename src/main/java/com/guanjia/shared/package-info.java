/**
 * Value types shared by every module: identifiers, personal-data value objects and the
 * domain exceptions that the web layer turns into problem details or friendly messages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package com.guanjia.shared;
