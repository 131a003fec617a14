// dnn's NMS source as is, found through the dnn source folder CMakeLists.txt adds to the include path.
#include "nms.cpp"
